# Killed by a signal: the shell sees 128+N.
# The shell's own report of a background job's death depends on when it reaps the job, so
# those reports are not compared; a background job ignores SIGINT, so INT is sent in the foreground.
{
  sleep 10 &
  kill $!
  wait $!
  echo "TERM: $?"
  sleep 10 &
  kill -9 $!
  wait $!
  echo "KILL: $?"
} 2>/dev/null
sh -c 'kill -INT $$'
echo "INT: $?"
sh -c 'kill -USR1 $$'
echo "USR1: $?"
sh -c 'kill -HUP $$'
echo "HUP: $?"
sh -c 'kill -PIPE $$'
echo "PIPE: $?"
kill -l 15
