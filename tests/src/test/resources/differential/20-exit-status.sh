# Exit statuses of commands and subshells.
true; echo $?
false; echo $?
(exit 7); echo $?
sh -c 'exit 255'; echo $?
sh -c 'exit 256'; echo $?
missingcommand 2>/dev/null; echo $?
/etc/passwd 2>/dev/null; echo $?
! true; echo $?
if sh -c 'exit 3'; then echo yes; else echo "no $?"; fi
exit 7
