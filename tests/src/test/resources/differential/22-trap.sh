# trap runs handlers on signals and on exit.
trap 'echo got USR1' USR1
kill -USR1 $$
trap 'echo got TERM' TERM
kill -TERM $$
echo after
trap - TERM
sh -c 'trap "echo child exit" EXIT; echo child'
sh -c 'trap "echo caught; exit 4" INT; kill -INT $$; echo unreachable'
echo "status $?"
trap 'echo bye' EXIT
exit 2
