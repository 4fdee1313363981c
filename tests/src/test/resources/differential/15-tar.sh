# tar round trip keeps names, contents, modes and mtimes.
mkdir -p src/sub
echo alpha > src/a
printf 'b%.0s' $(seq 1 500) > src/sub/b
chmod 751 src/sub/b
ln -s a src/link
touch -d '2005-05-05 05:05:05' src/a src/sub/b
tar cf t.tar src
tar tf t.tar | sort
mkdir out
tar xf t.tar -C out
find out | sort
stat -c '%n %a %s %Y' out/src/a out/src/sub/b
readlink out/src/link
diff -r src out/src && echo identical
