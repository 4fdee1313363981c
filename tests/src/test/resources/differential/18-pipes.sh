# Pipelines pass data and statuses the way the shell defines.
seq 1 100 | grep 7 | wc -l
yes abc | head -3
echo "a b c" | tr ' ' '\n' | sort -r
false | true; echo "status $?"
true | false; echo "status $?"
seq 1 100000 | tail -1
seq 1 5 | while read n; do echo "n=$n"; done
echo data | cat | cat | cat
(echo out; echo err >&2) 2>&1 | sort
