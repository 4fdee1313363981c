# Hard links share data and count links.
echo shared > a
ln a b
ln b c
stat -c '%n %h' a b c
echo more >> c
cat a
rm a
stat -c '%n %h' b c
[ "$(stat -c %i b)" = "$(stat -c %i c)" ] && echo "same inode"
ln b c
echo "ln onto existing: $?"
