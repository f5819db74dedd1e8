// Deliberately slow (a cross product of $n × $n rows): lets a test watch the transaction timeout stop it.
UNWIND range(1, $n) AS a
UNWIND range(1, $n) AS b
RETURN count(*) AS c
