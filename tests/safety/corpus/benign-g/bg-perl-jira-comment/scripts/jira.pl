use strict; use warnings;
use HTTP::Tiny; use JSON::PP; use MIME::Base64;
my ($url, $user, $tok) = @ENV{qw(JIRA_URL JIRA_USER JIRA_TOKEN)};
die "set JIRA_URL/JIRA_USER/JIRA_TOKEN\n" unless $url && $user && $tok;
my ($key) = (`git rev-parse --abbrev-ref HEAD` =~ /([A-Z]+-\d+)/) or exit 0;
my $summary = -f 'test-summary.txt' ? do { local (@ARGV, $/) = 'test-summary.txt'; <> } : 'tests passed';
my $r = HTTP::Tiny->new->post("$url/rest/api/2/issue/$key/comment", {
    headers => { Authorization => 'Basic ' . encode_base64("$user:$tok", ''), 'Content-Type' => 'application/json' },
    content => encode_json({ body => $summary }),
});
print "$key: $r->{status}\n";
