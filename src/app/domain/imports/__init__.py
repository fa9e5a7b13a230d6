"""Reading other apps' training logs (Strong, Hevy, FitNotes, Liftosaur) into Legwork's terms.

Pure Python: the readers turn a file's rows into `model.SourceFile` values,
`plan.plan_import` maps their exercises onto the library, works out sides and
loads in kilograms, and checks every value. Storage writes the result and the
services layer ties the steps together. See docs/history-and-export.md.
"""
