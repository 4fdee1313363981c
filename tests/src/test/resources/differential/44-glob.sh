# Globbing over a directory, including hidden files and no-match patterns.
touch a1 a2 b1 .hidden 'sp ace'
echo a*
echo ?1
echo *
echo .*
echo z*
for f in *; do echo "[$f]"; done
ls -A | sort
