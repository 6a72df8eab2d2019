-- sprintf: format a million records with mixed verbs through string.format;
-- print the total length and the last record.
local n = tonumber(arg and arg[1]) or 1000000
local names = {"alpha", "beta", "gamma", "delta"}
local total = 0
local last = ""
local fmt = string.format
for i = 0, n - 1 do
  last = fmt("%d:%s:%5.2f|%x|%-8s|%05d", i, names[i % 4 + 1], (i % 1000) / 7, i,
    names[(i + 1) % 4 + 1], i % 100000)
  total = total + #last
end
print(fmt("sprintf n=%d total=%d last=%s", n, total, last))
