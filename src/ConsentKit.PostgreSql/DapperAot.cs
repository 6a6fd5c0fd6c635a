// Dapper.AOT: the SQL calls are bound at build time (interceptors) instead of by Reflection.Emit at run time, so the
// consentkit tool can be compiled ahead of time (issue 18, cold start). Tuples bind by position, as Dapper does.
[module: Dapper.DapperAot]
[module: Dapper.BindTupleByName(false)]
