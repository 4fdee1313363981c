# Symlink targets up to 4095 bytes; 4096 is too long. readlink -f and realpath resolve.
mkdir -p a/b
ln -s a/b l
touch a/b/f
readlink -f l/f | sed 's|.*/tmp/[^/]*||'
realpath l/../a | sed 's|.*/tmp/[^/]*||'
ln -s $(printf 'x%.0s' $(seq 1 4095)) longlink
echo "4095: $?"
readlink longlink | wc -c
ln -s $(printf 'x%.0s' $(seq 1 4096)) toolong
echo "4096: $?"
