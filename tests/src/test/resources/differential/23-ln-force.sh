# ln -f and -sf replace targets; -n treats a link to a directory as a file.
echo one > one
echo two > two
ln -s one cur
ln -sf two cur
cat cur
mkdir d
ln -s d dl
ln -sfn one dl
readlink dl
ln -f two hard
ln -f one hard
cat hard
stat -c %h one
ln d dhard
echo "dir hard link: $?"
