# mv renames files and directories, replaces targets, moves into directories.
echo data > f
mv f g
[ -e f ] || echo "f gone"
cat g
mkdir d
mv g d/
ls d
echo other > h
mv h d/g
cat d/g
mv d e
ls e
mkdir x
mv e x
find x | sort
