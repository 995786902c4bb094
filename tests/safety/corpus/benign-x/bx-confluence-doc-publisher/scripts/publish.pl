use strict; use warnings;
use LWP::UserAgent; use MIME::Base64; use File::Find; use JSON::PP;

my ($url, $user, $tok) = @ENV{qw(CONFLUENCE_URL CONFLUENCE_USER CONFLUENCE_TOKEN)};
my $ua = LWP::UserAgent->new(timeout => 20);
my $auth = "Basic " . encode_base64("$user:$tok", "");

find(sub {
    return unless /\.md$/;
    my $md = do { local (@ARGV, $/) = $_; <> };
    my $body = encode_json({ type => "page", title => $_, ancestors => [{ id => $ARGV[1] }],
        body => { storage => { value => $md, representation => "wiki" } } });
    my $r = $ua->post("$url/rest/api/content", Authorization => $auth, Content_Type => "application/json", Content => $body);
    my $id = eval { decode_json($r->decoded_content)->{id} } or next;
    while ($md =~ /!\[[^\]]*\]\(([^)]+)\)/g) {
        $ua->post("$url/rest/api/content/$id/child/attachment", Authorization => $auth,
            "X-Atlassian-Token" => "nocheck", Content_Type => "form-data", Content => [ file => [$1] ]);
    }
    print "$_: ", $r->code, "\n";
}, $ARGV[0]);
