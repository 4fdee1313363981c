# Error messages of common failures must match.
cat missing
echo "cat: $?"
mkdir d
mkdir d
echo "mkdir: $?"
touch f
mkdir f/sub
echo "mkdir under file: $?"
cat f/x
echo "notdir: $?"
rmdir missing
echo "rmdir: $?"
cd missing
echo "cd: $?"
ls missing
echo "ls: $?"
mv missing x
echo "mv: $?"
cp missing x
echo "cp: $?"
ln -s x f
echo "ln: $?"
cat d
echo "cat dir: $?"
echo x > d
echo "write dir: $?"
rm d
echo "rm dir: $?"
