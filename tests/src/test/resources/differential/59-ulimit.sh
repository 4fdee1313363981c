# The config's RLIMIT_NOFILE; lowering works, raising the hard limit is refused.
ulimit -n
ulimit -Hn
ulimit -n 100
ulimit -n
ulimit -n 2000
echo "raise: $?"
sh -c 'ulimit -n'
