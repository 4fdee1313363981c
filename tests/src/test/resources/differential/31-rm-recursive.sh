# rm -r of a tree with files, links, subdirs; rmdir of non-empty fails.
mkdir -p t/a/b/c t/x
touch t/a/1 t/a/b/2 t/a/b/c/3
ln -s ../a t/x/back
ln t/a/1 t/x/hard
rmdir t
echo "rmdir: $?"
rm t
echo "rm dir: $?"
rm -r t
[ -e t ] || echo removed
rm -r t
echo "again: $?"
rm -rf t
echo "forced: $?"
mkdir e
rmdir e && echo "rmdir empty"
