# Comparisons of set times: test -nt/-ot and find -newer.
touch -d '2000-01-01' old
touch -d '2010-01-01' mid
touch -d '2020-01-01' new
[ new -nt old ] && echo "new newer than old"
[ old -ot mid ] && echo "old older than mid"
find . -newer mid -type f | sort
ls -t | tr '\n' ' '; echo
ls -tr | tr '\n' ' '; echo
