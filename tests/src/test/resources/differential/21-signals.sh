# Killed by a signal: the shell sees 128+N.
sleep 10 &
kill $!
wait $!
echo "TERM: $?"
sleep 10 &
kill -9 $!
wait $!
echo "KILL: $?"
sleep 10 &
kill -INT $!
wait $!
echo "INT: $?"
sh -c 'kill -USR1 $$'
echo "USR1: $?"
sh -c 'kill -HUP $$'
echo "HUP: $?"
kill -l 15
