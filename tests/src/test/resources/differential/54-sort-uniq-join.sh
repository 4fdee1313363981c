# sort keys, uniq, comm and join over files.
printf '3 c\n1 a\n2 b\n10 j\n' > k
sort k
sort -n k
sort -k2 -r k
printf 'a\nb\nb\nc\nc\nc\n' > u
uniq -d u
uniq -u u
uniq -c u
printf 'a\nb\nd\n' > x; printf 'b\nc\nd\n' > y
comm x y
comm -12 x y
printf '1 one\n2 two\n' > j1; printf '1 uno\n2 dos\n' > j2
join j1 j2
