# Bytes survive files and pipes; od, cmp and md5sum agree.
printf '\000\001\002\377\n\t' > bin
od -An -tx1 bin
wc -c < bin
printf '\000\001\003\377\n\t' > bin2
cmp bin bin2
echo "cmp: $?"
cmp -l bin bin2
head -c 65536 /dev/zero | tr '\0' 'x' | md5sum
i=0; while [ $i -lt 256 ]; do printf "\\$(printf %o $i)"; i=$((i+1)); done > all
md5sum < all
