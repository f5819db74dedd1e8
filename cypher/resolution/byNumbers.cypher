// The resolutions with these numbers (unknown numbers give no row), without their full text.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
RETURN $$RESOLUTION(r) AS resolution
