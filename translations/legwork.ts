<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Legwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg strength training for runners: an exercise library, tempo-paced sessions that count your reps, and a per-leg record of your progress, all kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The research behind the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Backed up {sessions} sessions ({sets} sets) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}” to your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is queued for your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing “{name}”: {sessions} made-up sessions. Your own history is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomExerciseDialog</name>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tip per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower – pause – lift – pause, in seconds; X is explosive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the exercise is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a runner would do it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sets per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest reps per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low end of the rep range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reps per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The high end of the rep range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leg at a time (log left and right separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each leg on its own, as the session view does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise works the {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this exercise to your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Your history needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork found a problem with your history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been moved aside, unchanged, to:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where Legwork keeps your sessions is damaged. This can happen after a power cut, a full disk or a failing drive. Legwork has not written anything to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your newest good backup is from {time} and holds {sessions} sessions ({sets} sets). Restoring it brings back everything up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start with a fresh, empty history; the damaged file stays where it is in case it can be rescued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Legwork and leave the files as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with an empty history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your history from the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Why runners do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue this exercise for your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets × {low}–{high} reps per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets × {low}–{high} reps both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo {tempo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: {muscles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Could not {action}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-leg sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions with this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sets done on this leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and show every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected set (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected set (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this whole session and its sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last one. Pick a range that runs forwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match these filters.
Try another exercise, leg or dates, or press Show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.
Every session you train appears here, with each leg&apos;s sets, ready to check, correct or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}, set {number}, {side} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set deleted. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of {time} and its 1 set?

Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of {time} and its {count} sets?

Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 set to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} sets to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has problems, so nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} already in your history were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {sets} sets in {sessions} sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search exercises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, muscle or piece of equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise of your own to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why single-leg training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session with your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print session sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a sheet to fill in at the gym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your history as a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load history from a Legwork CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a checked copy of your history in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your history from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, rest times, sounds and voice, theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Legwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen mode for a shared gym screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the light colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Legwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and the research behind the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your history from {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: {sessions} sessions, {sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to bring back. Everything recorded after it was made will be replaced, but not lost: Legwork backs up your current history first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now to make one; Legwork also makes one after every finished session and once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first; double-click one to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without restoring anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the backup from {time}? It holds {sessions} sessions ({sets} sets).

Your current history is backed up first, so you can restore it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEditDialog</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {unit}; 0 for bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load in {unit}; 0 for bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reps this set had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE, effort from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard the set felt, 1 to 10; 0 if you did not rate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the corrected set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as my system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the gym&apos;s admin in kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play tones for reps, tempo and the end of a rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the cues (“down”, “switch legs”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time without a touch before the shared screen goes back to its start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loads are shown and typed, and the app&apos;s colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting values for new plans; each exercise can differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count-in before a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues you can hear, so your eyes can stay on your form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a shared touchscreen at the gym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to start after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; your changes are already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms or pounds, for showing and typing loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or the same as your desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest after one leg, before the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest after both legs, before the next set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of countdown before the first rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg starts each set in a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud tones and voice cues are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetRender</name>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date} by Legwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOTH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo {legend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last
time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOTH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
