use strict;
use warnings;
use File::Find;
use Fcntl ':mode';

my %expected = map { $_ => 1 } qw(
    /usr/bin/sudo /usr/bin/passwd /usr/bin/su /usr/bin/mount /usr/bin/umount
    /usr/bin/chsh /usr/bin/chfn /usr/bin/newgrp /usr/bin/gpasswd /usr/lib/openssh/ssh-keysign
);

my @found;
find({ no_chdir => 1, wanted => sub {
    if (-d $_ && m{^/(proc|sys|dev|run)$}) { $File::Find::prune = 1; return }
    my @st = lstat $_ or return;
    return unless S_ISREG($st[2]);
    push @found, [$_, $st[2]] if $st[2] & (S_ISUID | S_ISGID);
} }, '/');

for my $f (sort { $a->[0] cmp $b->[0] } @found) {
    my ($path, $mode) = @$f;
    my $kind = ($mode & S_ISUID) ? 'setuid' : 'setgid';
    printf "%-7s %-45s %s\n", $kind, $path, $expected{$path} ? 'expected' : 'REVIEW';
}
