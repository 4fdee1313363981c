# A path longer than PATH_MAX fails with ENAMETOOLONG.
c=$(printf 'c%.0s' $(seq 1 200))
p=$(printf "$c/%.0s" $(seq 1 22))
cat ./$p/x
echo "status $?"
ls -d ./$p
echo "status $?"
