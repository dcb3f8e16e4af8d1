"""Reading a JFR recording's events from Python, shared by jfr-split.py and jfr-dedupe.py.

Both aggregate execution and allocation samples by their frames; `jfr print --json` is the JDK's
own reader, so nothing here parses the recording's binary format.
"""
import json, subprocess


def events(recording, kind, depth=200):
    """The events of one kind (e.g. 'jdk.ExecutionSample') with stacks `depth` frames deep."""
    text = subprocess.run(['jfr', 'print', '--json', '--stack-depth', str(depth), '--events', kind,
                           recording], check=True, capture_output=True, text=True).stdout
    return json.loads(text)['recording']['events']


def frames(event):
    """An event's frames as 'package.Class.method', innermost first; none when it has no stack."""
    stack = event['values'].get('stackTrace') or {'frames': []}
    return ['%s.%s' % (f['method']['type']['name'].replace('/', '.'), f['method']['name'])
            for f in stack['frames']]
