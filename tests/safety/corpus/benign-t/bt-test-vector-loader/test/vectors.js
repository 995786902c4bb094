const raw = [
  ['616263', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
];
module.exports = raw.map(([hex, sha256]) => ({ input: Buffer.from(hex, 'hex'), sha256 }));
