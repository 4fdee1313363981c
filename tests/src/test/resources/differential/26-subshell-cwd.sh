# A subshell's cd stays its own; children inherit the cwd.
mkdir -p x/y
(cd x/y && pwd | sed 's|.*/||')
pwd | sed 's|.*/||'
cd x
sh -c 'pwd' | sed 's|.*/||'
sh -c 'cd y; echo in > file'
cat y/file
cd ..
echo $((1+2)) > "$(pwd)/x/sum"
cat x/sum
