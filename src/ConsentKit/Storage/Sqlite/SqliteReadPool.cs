using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ConsentKit.Storage.Sqlite;

/// <summary>
/// Open read connections with their prepared statements, rented for one hot lookup (state, gate checks). Opening a pooled
/// connection and building a command cost as much as the lookup itself; a rented connection skips both. In WAL mode a
/// reader never blocks the writer, and each statement reads its own snapshot.
/// </summary>
internal sealed class SqliteReadPool(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private bool _disposed;

    public ReadConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var connection))
        {
            return connection;
        }

        var opened = new SqliteConnection(connectionString);
        opened.Open();
        return new ReadConnection(this, opened);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Close();
        }
    }

    private void Return(ReadConnection connection)
    {
        if (_disposed)
        {
            connection.Close();
        }
        else
        {
            _idle.Add(connection);
        }
    }

    internal sealed class ReadConnection(SqliteReadPool pool, SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

        /// <summary>The prepared command for <paramref name="sql"/>, with its parameters created once, in order.</summary>
        public SqliteCommand Command(string sql, params string[] parameters)
        {
            if (!_prepared.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }

                command.Prepare();
                _prepared[sql] = command;
            }

            return command;
        }

        public void Dispose() => pool.Return(this);

        internal void Close()
        {
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            connection.Dispose();
        }
    }
}
