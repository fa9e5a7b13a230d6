"""Sub-commands of the `legwork` command line, one module each.

Each module exposes `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`; `app.__main__` lists them in `COMMANDS`.
"""
