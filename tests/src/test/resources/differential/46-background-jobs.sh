# Background jobs and wait: statuses of several children.
(sleep 0.2; exit 3) &
a=$!
(exit 4) &
b=$!
wait $a; echo "a: $?"
wait $b; echo "b: $?"
for i in 1 2 3; do (echo "job $i" > j$i) & done
wait
cat j1 j2 j3
sleep 0.1 &
wait
echo "all: $?"
