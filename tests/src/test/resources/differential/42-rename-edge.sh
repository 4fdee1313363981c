# rename edge cases: onto itself, a dir into itself, over a non-empty dir, file over dir.
echo x > f
mv f f
echo "self: $?"
mkdir -p d/sub
mv d d/sub/
echo "into itself: $?"
mkdir e
touch d/sub/file
mv e d/sub 2>/dev/null; echo "dir over nonempty: $?"
mkdir g
mv f g
ls g
mv g/f d
echo "file over dir: $?"
ls d
