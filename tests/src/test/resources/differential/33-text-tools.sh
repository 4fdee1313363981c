# sort, uniq, wc, sed, awk, cut, tr over files.
printf 'pear\napple\nfig\napple\nkiwi\npear\napple\n' > fruit
sort fruit | uniq -c
sort -u fruit | tr '\n' ','; echo
wc fruit
wc -l < fruit
sed -n '2,4p' fruit
sed 's/p/P/g' fruit | head -2
sed -i 's/fig/FIG/' fruit
grep -n FIG fruit
awk '{ n[$1]++ } END { for (k in n) print k, n[k] }' fruit | sort
printf 'a:1:x\nb:2:y\nc:3:z\n' > cols
cut -d: -f2 cols | paste -sd+ | bc
awk -F: '$2 > 1 { print $3 }' cols
sort -t: -k2,2nr cols | head -1
