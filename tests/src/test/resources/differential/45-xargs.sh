# xargs and command substitution over file lists.
for i in 1 2 3 4 5 6; do touch "f$i"; done
ls | xargs echo
ls | xargs -n 2 echo
find . -name 'f*' | sort | xargs rm
ls | wc -l
echo "$(echo nested $(echo deep))"
n=$(seq 1 10 | wc -l); echo $n
