# tar with gzip through a pipe and with -z.
mkdir d
for i in 1 2 3 4 5; do echo "file $i" > d/f$i; done
tar czf d.tgz d
tar tzf d.tgz | sort
tar cf - d | gzip -n > d2.tgz
mkdir x
gunzip -c d2.tgz | (cd x && tar xf -)
cat x/d/f3
rm -r d
tar xzf d.tgz
cat d/f5
