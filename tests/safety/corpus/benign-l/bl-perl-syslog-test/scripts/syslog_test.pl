use strict;
use warnings;
use IO::Socket::INET;
use POSIX qw(strftime);
use Sys::Hostname;

my ($collector, $port) = @ARGV;
die "usage: syslog_test.pl HOST [PORT]\n" unless $collector;
$port //= 514;

my $sock = IO::Socket::INET->new(PeerAddr => $collector, PeerPort => $port, Proto => 'udp')
    or die "cannot open socket: $!\n";

my $id = sprintf '%08x', int rand 0xffffffff;
my $pri = 8 * 1 + 6;    # facility user, severity info
my $msg = sprintf '<%d>%s %s forward-test[%d]: test message %s',
    $pri, strftime('%b %e %H:%M:%S', localtime), hostname(), $$, $id;

$sock->send($msg) or die "send failed: $!\n";
print "sent: $msg\n";
print "search the collector for $id to confirm delivery\n";
