import { describe, expect, it } from 'vitest';
import { blankStringsAndComments, scanFunctions } from '../src/core/analysis/outline-scan.ts';

const names = (outlines: ReturnType<typeof scanFunctions>) => outlines.map((outline) => `${outline.name}(${outline.params.join(',')})`);
/** The text of each function's body and of each range it hands back. */
const bodies = (text: string, outlines: ReturnType<typeof scanFunctions>) => outlines.map((outline) => text.slice(outline.bodyStart, outline.end).trim());
const results = (text: string, outlines: ReturnType<typeof scanFunctions>) => outlines.map((outline) => outline.results.map((range) => text.slice(range.start, range.end).trim()));

describe('functions of Perl, Lua, Kotlin and Swift found by the scanner', () => {
  it('finds Perl subs, their parameters taken from @_ or shift, their returns and their last statement', () => {
    const perl = "sub load {\n    my $p = shift;\n    my $s = '}';\n    return read_file($p);\n}\nsub send_it {\n    my ($url, $data) = @_; # a } in a comment\n    $ua->post($url, Content => $data)\n}\n";
    const outlines = scanFunctions('perl', perl);
    expect(names(outlines)).toEqual(['load(p)', 'send_it(url,data)']);
    expect(results(perl, outlines)).toEqual([['return read_file($p)', 'return read_file($p);'], ['$ua->post($url, Content => $data)']]);
  });
  it('closes Lua functions at their own end, past nested blocks', () => {
    const lua = 'local function load(path)\n  local f = io.open(path)\n  if f then\n    for line in f:lines() do print(line) end\n  end\n  return f:read("*a")\nend\nM.send = function(url, body)\n  repeat x = x + 1 until x > 3\n  http.request(url, body)\nend\nlocal s = "end"';
    const outlines = scanFunctions('lua', lua);
    expect(names(outlines)).toEqual(['load(path)', 'send(url,body)']);
    expect(bodies(lua, outlines)[1]).toBe('repeat x = x + 1 until x > 3\n  http.request(url, body)');
    expect(results(lua, outlines)[0]).toEqual(['return f:read("*a")']);
  });
  it('reads Kotlin and Swift parameter lists, with types, defaults and argument labels', () => {
    const kotlin = 'fun send(url: String, body: Map<String, Int> = mapOf("a" to 1), vararg extra: String): Int {\n    val s = "}"\n    return post(url, body)\n}\nfun String.shout() = uppercase()';
    // An expression body hands back the rest of its line.
    expect(names(scanFunctions('kotlin', kotlin))).toEqual(['send(url,body,extra)', 'shout()']);
    expect(results(kotlin, scanFunctions('kotlin', kotlin))[1]!.map((result) => result.trim())).toEqual(['uppercase()']);
    const swift = 'func report(_ payload: String, to host: String) throws -> Bool {\n    /* } */\n    return post(host, payload)\n}\nfunc generic<T>(value: T) where T: Codable {\n    print(value)\n}';
    expect(names(scanFunctions('swift', swift))).toEqual(['report(payload,host)', 'generic(value)']);
  });
  it('blanks strings and comments without moving offsets', () => {
    const text = 'val a = "x}y" // }\nval b = """\n}\n"""';
    const blanked = blankStringsAndComments('kotlin', text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toContain('}');
  });
  it('takes linear time on hostile input: unclosed heads, strings and blocks by the hundred thousand', () => {
    for (const [language, fragment] of [['perl', 'sub a {'], ['lua', 'function a() if x then '], ['kotlin', 'fun a(b: T) {'], ['swift', 'func a(_ b: T) { "'], ['lua', '--[[ [[ ']] as const) {
      const text = fragment.repeat(Math.ceil((512 * 1024) / fragment.length));
      const started = performance.now();
      scanFunctions(language, text);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
