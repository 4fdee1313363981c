# A tree of 100 directories with 5 files each: counted, listed, removed.
mkdir $(seq -f 'dir%g' 1 100)
for d in $(seq 1 100); do
  for f in 1 2 3 4 5; do echo "$d.$f" > dir$d/f$f; done
done
find . -type f | wc -l
find . -type d | wc -l
cat dir*/f3 | wc -l
ls dir57
grep -rl '^42\.' . | sort
rm -r dir*
ls | wc -l
