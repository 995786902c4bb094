#!/usr/bin/perl
use strict; use warnings;
my %o = (delete => 0);
while (my $a = shift @ARGV) { $o{delete} = 1 if $a eq '--delete'; $o{remote} = shift @ARGV if $a eq '--remote'; }
sub protected { my $b = shift; return 1 if $b =~ m{^(main|master|develop|HEAD)$} || $b =~ m{^(release|hotfix)/}; 0 }
die "self-test failed\n" unless protected('main') && protected('release/1.2') && !protected('feature/x');
chomp(my $cur = `git rev-parse --abbrev-ref HEAD`);
if ($o{remote}) {
    for (`git branch -r --merged $o{remote}/main --format='%(refname:short)'`) {
        chomp; (my $b = $_) =~ s{^\Q$o{remote}\E/}{};
        next if protected($b) || $b eq $cur;
        print "remote: $b\n";
        system('git', 'push', $o{remote}, '--delete', $b) if $o{delete};
    }
} else {
    for (`git branch --merged main --format='%(refname:short)'`) {
        chomp; next if protected($_) || $_ eq $cur;
        print "local: $_\n";
        system('git', 'branch', '-d', $_) if $o{delete};
    }
}
