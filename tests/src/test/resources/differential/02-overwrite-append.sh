# > truncates, >> appends, set -C refuses to clobber.
echo first > f
echo second > f
echo third >> f
cat f
set -C
echo clobber > f
echo "status $?"
echo forced >| f
cat f
