use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(encode_json);
use Sys::Hostname;

my $hook = $ENV{MATTERMOST_HOOK} or die "set MATTERMOST_HOOK to your channel webhook\n";
my $version = shift // 'unknown';

my $ua = LWP::UserAgent->new(timeout => 10, agent => 'deploy-notice/1.0');
my $payload = {
    username => 'deploy-bot',
    text     => sprintf(':rocket: %s deployed to %s by %s', $version, hostname(), $ENV{USER} // 'ci'),
};

my $res = $ua->post($hook, 'Content-Type' => 'application/json', Content => encode_json($payload));
if ($res->is_success) {
    print "notice sent\n";
} else {
    warn 'webhook failed: ' . $res->status_line . "\n";
    exit 1;
}
