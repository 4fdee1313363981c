# cp of a file, with -p keeping mode and times, recursive copies of trees.
printf 'line %s\n' 1 2 3 > src
chmod 640 src
touch -d '2010-06-15 12:00:00' src
cp src plain
cp -p src kept
stat -c '%n %a %s' src plain kept
stat -c '%n %Y' src kept
mkdir -p tree/a/b
echo leaf > tree/a/b/leaf
cp -r tree copy
cat copy/a/b/leaf
cmp src kept && echo same
