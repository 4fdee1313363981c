# umask shapes the modes of new files and directories.
umask
umask 022; touch a; mkdir da
umask 077; touch b; mkdir db
umask 002; mkdir dc
umask 000; mkdir dz
umask 027; umask
stat -c '%n %a' a da b db dc dz
(umask 0777; touch none; stat -c '%n %a' none)
umask
