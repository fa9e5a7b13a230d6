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
    <name>AdminPanel</name>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the gym&apos;s server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sets were saved on this kiosk while the server was away, and the server would not take them when it came back (usually because the session or the member was removed meanwhile). Send one again once that is fixed, or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start after no touch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session}: {exercise}, {side}, set {number}, {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session}: closing the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}
Refused {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {duration}. Held while reps are being counted or a rest runs, for up to three times as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>No sets of {exercise} logged yet. Do a session and you&apos;ll get a suggestion for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to level {level}: {rung}, at {load}, starting again at {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time use {load} and build back up from {reps} to {target} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again at {load} next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at {load}: aim for {sets} sets of {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at {load}: aim for {sets} sets of {reps} reps per leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your {side} leg next time and give it one extra set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg has its own next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Side} leg: level {level} ({rung}) at {load}, {sets} sets from {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Side} leg: {load}, {sets} sets from {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Side} leg: {load} again, {sets} sets of {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your {side} leg was logged: train both legs next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs met the goal: {sets} sets of {reps} reps with good form and reps to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {side} leg met the goal: {sets} sets of {reps} reps with good form and reps to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set met the goal: {sets} sets of {reps} reps with good form and reps to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was met once; this rung asks for it in {sessions} sessions in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next rung starts once you meet the goal with {load}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, {count} of {of} sets reached {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, 1 set felt harder than RPE {rpe} (fewer than {rir} reps left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, {count} sets felt harder than RPE {rpe} (fewer than {rir} reps left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, the form check said no on 1 set; progress waits for clean reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, the form check said no on {count} sets; progress waits for clean reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, 1 set has no effort rating, so it was not judged. Log RPE or reps in reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, {count} sets have no effort rating, so they were not judged. Log RPE or reps in reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, the form check was not answered on 1 set, so it was not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Subject}, the form check was not answered on {count} sets, so they were not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {side} leg missed the goal that your {other} leg met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {side} leg is at {percent}% of your {other} leg on {measure}, set for set, below the {line}% line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {side} leg worked at a lighter load without doing more reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the {side} leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated 1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best set load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps at the same load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Legwork could not check your history file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This history is on the gym&apos;s PostgreSQL server, which keeps its own backups. To take a copy home, run `legwork backup -o FILE` on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>AssessmentPreview</name>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWording</name>
    <message>
        <source>1 trial a leg, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 trial a leg, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of {trials} trials a leg, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of {trials} trials a leg, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed by the app, {cap} s at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps to the app&apos;s metronome, {bpm} beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps counted in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured, then typed in ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lsi} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leg only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs scored zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the {line} % line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above the {line} % line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs {gap} apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} % of leg length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetry {before} → {now} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a minute at the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {minutes} minutes at the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed} of {count} tests with a {line} symmetry line reach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsView</name>
    <message>
        <source>Reading each test, the app&apos;s timers (every balance hold counted at its 45 s cap, {reps} heel rises a leg) and typing each trial; warming up, measuring and resting are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: the assessment carries on with the trials not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{test}” from the battery? Earlier results keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AthleteHome</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything and hand the screen to the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard was it? RPE, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps left in reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the knee stay in line with the toes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the hips stay level?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AthletePicker</name>
    <message>
        <source>Who&apos;s training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name to start. New here? Add yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  New athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names: tap the letters below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Tap “New athlete” to add the first person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockWizard</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rung 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rung of the progression ladder this leg starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load this leg starts with (bodyweight: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a training block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three sessions a week for {low}–{high} weeks: the app plans the days, prescribes each leg on its own and moves a missed session for you. Every fourth week is lighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on this weekday (choose two or three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks the block lasts ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block&apos;s first day: today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a race on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block ends before the race, with ten lighter days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease off before a race inside the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan whose exercises the block trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each leg starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter them per leg (filled in from my last sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each leg on the rung and load below; change any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my starting points in a first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first session tries each exercise&apos;s rungs, one set per leg, and starts each leg on the highest it managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first session tries each exercise&apos;s rungs from the first, one set per leg at the exercise&apos;s tempo: a leg moves up after {reps} reps with good form and stops at its first set short of {reps} reps or with a form “no” (on a loaded top rung, a few heavier loads follow). Each leg then starts on the highest rung and load it managed. Until then, each leg stays where its last session left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from each leg&apos;s last session; a new exercise starts on its first rung without load. The rules move each leg on from here as its sets warrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the block with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without starting a block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CautionBanner</name>
    <message>
        <source>Before you train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note; it stays on the Why single-leg training page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePad</name>
    <message>
        <source>Cancel</source>
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
        <source>It has been moved aside to:{path}</source>
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
        <source>The file where Legwork keeps your sessions is damaged. This can happen after a power cut, a full disk or a failing drive. Legwork stopped writing to it as soon as its check found the damage; it holds only what was recorded in the seconds before.</source>
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
    <name>DigitKeys</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>The athlete&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete&apos;s name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete&apos;s name must be {max} characters or fewer (got {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an athlete called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gym&apos;s server cannot be reached; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the history in {folder!r}: {reason}. Nobody was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body mass must be between {low:g} and {high:g} kg (got {kg:g} kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name to {max} characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise called &apos;{name}&apos; is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line of instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep range must run from low to high, between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets must be between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown muscle group or equipment: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is exactly {length} digits, 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {low:g} and {high:g}{unit} (got {value:g}{unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “{name}” belongs to one of Legwork&apos;s own plans; give your plan another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan item needs an exercise (the exercise id is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reps ({low}) cannot be more than maximum reps ({high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression level cannot be negative (got {level}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the plan name to {max} characters or fewer (got {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preference called {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is on or off (got {value!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps cannot be negative (got {reps}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps must be {max} or fewer (got {reps}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load cannot be negative (got {load} kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load must be {max:g} kg or less (got {load:g} kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE must be between {low:g} and {high:g} (got {rpe:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps in reserve must be between 0 and {high} (got {rir}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance touch-downs cannot be negative (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set numbers start at 1 (got {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count-in cannot be negative (got {seconds:g} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rest must be more than 0 seconds (got {seconds:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} of {exercise} ({side}) is not part of the plan {plan!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo must be four phases like 3-1-1-0 (lower, pause, lift, pause), each 0–{max} seconds or X; got &apos;{got}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep must take some time; tempo {tempo} has every phase at 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether to write CSV or JSON for {file!r}: end the file name in .csv or .json, or choose a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a load. Type a number such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load must be zero or more kilograms (got {load}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a load, or 0 for bodyweight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load cannot be negative (got {load} {unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load must be {limit} {unit} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit} (got {value!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file!r}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session “{plan}” cannot be resumed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork could not write to your history ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block lasts {low} to {high} weeks (got {weeks}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leg cannot have more sets than its plan item ({sets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {low} or {high} training days a week (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg may have one prescription per plan item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of your block is done or past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a session still to do can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block cannot start in the past ({start}); start today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block has no session {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race ({race}) must come after the block&apos;s start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race is too close: no training day is left before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of your training days are back to back; one day of rest between sessions suits most legs better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a training block; stop it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no training block; start one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your training block is paused; resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your block&apos;s starting points are set already; no calibration session is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{day}” is not a weekday: write mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>RPE ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of perceived exertion, {low} (easy) to {high} (nothing left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps in reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more reps you could have done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyProgress</name>
    <message>
        <source>Your progress will show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your first session you&apos;ll see each leg&apos;s work over time, how close your weaker leg is to the stronger one (against the 90 % return-to-sport line used after knee injury, or a line you set), how many sessions you fit in each week, and what to do next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want a look first? Demo data adds a separate made-up runner with twelve weeks of training; your own history is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a made-up runner to look around; yours stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a plan and start training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseCardWidget</name>
    <message>
        <source>{exercise} summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetry on {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the {side} leg logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker: {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSI —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSI {lsi} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symmetry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend after 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ ±0 in 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} {change} in 4 weeks</source>
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
    <name>FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork reads the CSV exports of Strong, Hevy, FitNotes and Liftosaur, and its own CSV and JSON files. Nothing is written until you have seen what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file, e.g. strong_workouts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your workouts as a CSV file from the other app (each has an export in its settings), then choose that file here. Legwork tells the app from the file. Importing the same file again, or a later export of the same history, adds only what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundPage</name>
    <message>
        <source>What Legwork found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into</source>
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
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which unit its loads are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an exercise to change what it becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected exercise becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises, and what each becomes in Legwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (new athlete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as the file names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warm-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} with a side (left or right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {there} already in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, with {trials} trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cardio rows (no reps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rest-timer rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sets planned but not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which unit its loads are in; choose the one you logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {units}, as the file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loads in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (new, your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” &amp;becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Legwork file names its exercises by id; they are kept as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new exercise of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (your own)</source>
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
    <name>HistoryFiles</name>
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
        <source>Your assessment went with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {count} assessments went with them.</source>
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
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee {knee} hips {hips}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee over the toes: {knee}. Hips level: {hips}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up set {number}: kept in your history, left out of progress, records and advice</source>
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
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: nothing will be kept…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last trained today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last trained yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last trained {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskTile</name>
    <message>
        <source> · lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: block session, week {week}{kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Legwork kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Choose a 4-digit admin PIN for this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin PIN to start kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gym&apos;s server cannot be reached just now, so nobody&apos;s screens can open. Sets already saved on this kiosk are kept and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {name}! Your PIN, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. {left} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new 4-digit admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: choose a new 4-digit PIN</source>
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
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} and their {count} leave this kiosk&apos;s history, with their plans and PIN. A copy of the sessions is kept on this computer, in the “deleted-athletes” folder of Legwork&apos;s data folder; `legwork import` brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gym&apos;s server refused it, and it is only on this kiosk. Once dismissed it is gone for good; send it again instead if the reason has been fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKeyboard</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÁÉ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
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
    <name>LivePage</name>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds, spoken cues and volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with this side  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the set here and log it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo rep  ⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last rep (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest a little longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause  P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause everything (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this side out, unlogged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now; what you logged is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct last side  C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what you logged for the last side (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud tones and spoken cues are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct last side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try {number} of at most {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo {tempo} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time {reps} × {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your left leg: check the numbers, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your left leg: check the numbers, then tap Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your right leg: check the numbers, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your right leg: check the numbers, then tap Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log both legs: check the numbers, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log both legs: check the numbers, then tap Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 rep  ␣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was wrong, then press Enter; Esc keeps it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was wrong, then tap Save correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps to do · press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps to do · get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap here to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED · {caption} · press P to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED · {caption} · tap Resume to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position, then press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the number or press Space for each rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the number for each rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shake it out · +15 s if you need it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LsiChart</name>
    <message>
        <source>{percent} %: return to sport after knee injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %: your line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limb symmetry (weaker leg as % of the stronger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limb symmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: {value} % (below the {target} % line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: {value} % (at or above the {target} % line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry (%)</source>
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
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
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
        <source>Bring in history from Strong, Hevy, FitNotes, Liftosaur or a Legwork export</source>
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
        <source>Re&amp;name athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name your history is kept under</source>
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
        <source>Legwork is still checking your history; try Kiosk mode again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on the gym&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This history is on the gym&apos;s PostgreSQL server, which keeps its own backups. To take a copy home, run `legwork backup -o FILE` on this computer.</source>
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
        <source>Your name, as it appears on sheets and exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
Try another name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Back to admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name on the tile; the history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a member who forgot theirs: they choose a new one now, typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can then open this member&apos;s screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the member and every session. You are asked again on the next screen.</source>
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
        <source>a PIN guards their screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAthletePage</name>
    <message>
        <source>New athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name as others at the gym know you. A PIN keeps your training history to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add without a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member&apos;s name as others at the gym know them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their sessions and PIN stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBadge</name>
    <message>
        <source>offline — 1 set waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline — {count} sets waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending 1 set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending {count} sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the gym&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnValuesDialog</name>
    <message>
        <source>Your values for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change any value; what you change is kept for this session and marked as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerLegChart</name>
    <message>
        <source>Each leg over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test each leg with the standard field tests, leg by leg, and see how even your legs are and how they change from one testing day to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the trials not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its trials but never count it as last time; then start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every test, to pick a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coach&apos;s own test: name, unit, which way is better, trials and a cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injured or operated leg, if any: each test then starts on the other leg, and symmetry is that leg against the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg lengths (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: front hip bone to inner ankle bone. Reach is then also shown as % of leg length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the ticked tests leg by leg (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print testing-day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet with a box for every trial of every test, to fill in with a pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one to see its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: your first results will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the assessment picked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} leg length in cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} leg, in centimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the whole battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start 1 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {count} tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment you started on {when} is not finished: {done} of {total} trials are saved. Carry on with it, or set it aside to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (set aside)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Saved your plan “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your plan “{name}”? Sessions you did with it stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session with this plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this plan&apos;s exercises, sets and rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this plan; your history keeps its sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>Weaker leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between legs (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your plan, e.g. “Tuesday legs”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown on the plan&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for another exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected exercise out of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the selected exercise earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the selected exercise later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {unit}; 0 or “bodyweight” for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} side-sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a plan and press Start. Each leg is trained on its own, with a quick log after every side so you can see how evenly your legs are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paced by tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app counts a rep for every tempo cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I count my reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the big number, press Space or use a clicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plan of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your Library picks · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter week: fewer sets, and each leg keeps its rung and load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race taper: fewer sets, and each leg keeps its rung and load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning weeks: the movements first; no load is added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been two weeks or more since you last trained: this session repeats your last one instead of adding load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Training block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your training days, the block&apos;s length and a race day; it takes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session shown on the right, each leg filled in with its own dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do without the calibration session: each leg starts where it stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training block yet.
A block plans two or three single-leg sessions a week for 8–10 weeks, prescribes each leg on its own from how its last sets went, moves a missed session for you, and eases off every fourth week and before a race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ planned   ✓ done   → moved   ✗ missed   dashed: lighter week or race taper   thick outline: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your own sets, reps, load or rung for this session; kept as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sessions as a calendar file (.ics) for your phone or desktop calendar; importing a newer file updates the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block on one page, with tick boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the block (no session is offered) or carry on; nothing logged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the block; every session you logged stays in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on training days at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the reminder appears on a training day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Legwork runs, a desktop note on each training day at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no notification area: while Legwork is open, the reminder shows in its status bar instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your next 8–10 weeks of single-leg strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} · {weeks} weeks from {start} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of the block is done or past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race taper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · week {week}{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First find where each leg starts: one set per leg on each rung, until a set fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first session finds where each leg starts: one set per leg on each rung, from the first, until a set falls short of {reps} reps or breaks form. Until then, each leg is shown where it stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your training block has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the block?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop your training block? Every session you logged stays in your history; you can start a new block at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}: open it with your calendar to add the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best set (heaviest load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated 1RM (an estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} ({unit} carried, estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} ({unit} carried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level up to level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} leg first, one extra set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go up to {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg its own step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {reps} at {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test battery: each leg and the symmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose progress to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume is reps × load; the estimated 1RM (Epley) is a guide, not a tested max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the last {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart all your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen measure for each leg, session by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limb symmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weaker leg as a percentage of the stronger, set for set. The 90 % line is the return-to-sport benchmark used after knee injury; set your own in File → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} has no sets for one leg at a time, so there is no symmetry to show; the chart has its two-sided sets as one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, best set and 1RM count the load each leg carries, body weight included, so they need your body mass: add it in File → Preferences. Until then the symmetry compares reps at the same load, and Reps shows every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 1RM estimates yet: they need a set of 1 to 12 reps on each leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions you did each week, against a target of 2 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets of {exercise} in the last {range}. Pick a longer time range or another exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets of {exercise} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your {side} leg has sets of {exercise} so far, so there is no symmetry to show. Log the {other} leg too to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <source>No sound device found, so cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues are not available on this computer (no speech engine).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Today&apos;s single-leg session is waiting: open Legwork and press Start today&apos;s session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepCounter</name>
    <message>
        <source>Rep count</source>
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
    <name>ResultPage</name>
    <message>
        <source>Results per test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg&apos;s best trial counts; the trials are under it. Symmetry is the weaker leg as a % of the stronger (for the 6 m timed hop, the faster time ÷ the slower), or the involved leg against the other when one is named. It is rounded down, so 89.9 % reads 89 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page report for the athlete&apos;s or physio&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of tests and earlier results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involved leg: {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg lengths {left} / {right} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{best} ({percent} % of leg length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{best}
trials {trials}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Leg being tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s result; Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this trial (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the trial (Space or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo rep  ⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last rep (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A false start: throw this timing away and run the trial again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the trial saved last, to enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the rest of this test out today; its missing trials stay missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assessment with the trials saved so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it; trials not done stay missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish with {missing} of {total} trials not done? They cannot be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every trial is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recorded} of {total} trials saved. Check them below; Undo last trial takes the last one back. Then see the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests left out today keep their missing trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the results  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} result in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s result in {unit}; Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s result in {unit}; the keypad types it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  ␣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 rep  ␣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  ␣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it, correct it if needed, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it, correct it if needed, then tap Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds of reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps to the beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds left · held {held} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space stops the clock at the touch-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap Stop at the touch-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps · {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, or a click on the number, for each rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the number for each rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rises at pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space when the pace or the height is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap Stop when the pace or the height is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetry {lsi}: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ({unit}): {trials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last trial of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: {test}, trial {number}, {side} leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <source>Waiting for the gym&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legwork tries again every {seconds} seconds and opens by itself when the server answers. If this stays, ask the gym&apos;s staff to check the server and the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCell</name>
    <message>
        <source>from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this session in History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this session&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
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
        <source>Leg</source>
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
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form check: knee over the toes, hips level (✓ yes, ✗ no, – not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its id is {id}: print its sheet with “legwork sheet --session {id}”, or find it with “legwork sessions”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionList</name>
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
        <source>All exercises</source>
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
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session started, and its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets on the left leg, their reps and volume (reps × load); warm-ups not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets on the right leg, their reps and volume (reps × load); warm-ups not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of two-leg exercises, and warm-ups (shown, never counted in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 two-leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} two-leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warm-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan}
Session {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} on the left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} on the right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} of two-leg exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warm-up, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warm-ups, not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>BOTH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session will be ended; the sets you logged are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: your session carries on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished session was ended; its sets are in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: your session carries on where it stopped, and you count the reps, as when it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: your session carries on where it stopped, paced by tempo, as when it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with your session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session “{plan}” from {started} was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on where you stopped? Every side you logged is saved either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: {step}, {reps} reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is paused. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWording</name>
    <message>
        <source>{exercise}, set {number} of {count}, both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}, set {number} of {count}, {side} leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last set of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then {seconds} s rest, then {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEditDialog</name>
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
        <source>Reps in reserve</source>
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
        <source>{name}&apos;s starting values for new plans; each exercise can differ.</source>
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
        <source>Comparing your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body mass lets Legwork count the load each leg really carries; it is optional and kept with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry line</source>
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
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs below this line are flagged. {percent} % is the return-to-sport benchmark used after knee injury, not a norm for healthy runners; you or your coach may set your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given: the legs are compared on reps at the same load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mass} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your body mass first.</source>
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
        <source>Your body mass, for the load each leg carries (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this body mass was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this body mass for the chosen day</source>
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
    <message>
        <source>reps × load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideLogPanel</name>
    <message>
        <source>How did that side go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many good reps this side did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in your unit, or “bodyweight”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance touch-downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the other foot touched down for balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee tracked over toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the knee stay in line with the toes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips stayed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the hips stay level, without dropping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the side as it was logged (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee over toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it at “—” if you did not watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this side and start the rest (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or reps in reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
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
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next plan to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the last side  C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what you logged for the session&apos;s last side (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the last side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged 1 side-set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged {count} side-sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempoBar</name>
    <message>
        <source>LOWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCard</name>
    <message>
        <source>{test}: symmetry {lsi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {test} over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestDialog</name>
    <message>
        <source>Add a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Side hop, 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm, s or reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better (distance, reps, time held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better (time to cover a distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the highest value a trial can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best trial of each leg counts, and the legs are compared the same way as in the built-in tests, without a line or a flag. Every athlete&apos;s battery gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap must be a number, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestProgress</name>
    <message>
        <source>No finished assessment yet. Run the test battery in Assessments: each leg&apos;s results, the symmetry between them and how they change show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick tests and run them leg by leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest assessment, {day}{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg&apos;s best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg&apos;s best over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of leg length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One assessment so far: the lines start with the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} earlier days without both leg lengths are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this coach&apos;s test out of the battery; earlier results keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {test}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSymmetryChart</name>
    <message>
        <source>Symmetry (weaker leg as % of the stronger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} % line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: {value} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this session of your training block, each leg filled in with its own dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do without the calibration session: each leg starts where it stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session from your block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next block session: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race taper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats your last session after two weeks away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: your calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It finds where each leg starts the block: one set per leg on each rung, from the first, until a set falls short of {reps} reps or breaks form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: up to {rungs} rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find each leg&apos;s starting rung and load; the block&apos;s sessions follow from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSummary</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session comes from your training block: each leg&apos;s dose is on its card, worked out with the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon {first} to Sun {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {high}: leave your legs time to recover for running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target for the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet; {low} a week is enough to get stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more reaches the target of {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first session sets where each leg starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} · {count} side-sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: no exercise had both legs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: {below} of {count} exercises below your {line} % line; lowest {name} at {lsi} % ({side} leg weaker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry: all {count} exercises at or above your {line} % line (lowest {lsi} %, {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · your training block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {side} weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time: {sets} × {reps} at {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} leg first, one extra set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to level {level}, {rung}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg its own step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {reps} at {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Sessions per week (target {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the target: leave room to recover</source>
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
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything goes in at once or not at all: Cancel stops and keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what is already in your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {done} of {total} sets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Note</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
