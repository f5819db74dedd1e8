// The Topic row, written once: a query names this fragment with its TOPIC placeholder where it projects a topic;
// each line below is one key of that map (loaders/topic.ts topicRow). Always read whole.
key: $$VAR.key
name: $$VAR.name
kind: $$VAR.kind
