using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Jobpocalypse.Dataset;

/// <summary>
/// The dataset version: lower-case hex SHA-256 over the builder version, the schema SQL and every input file
/// (relative path and bytes, in ordinal path order). Same inputs, same version.
/// </summary>
internal static class DatasetVersion
{
    public static string Compute(DatasetInputs inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "builder");
        Append(hash, DatasetBuilder.BuilderVersion);
        foreach (var (name, sql) in DatasetSchema.Files)
        {
            Append(hash, "schema/" + name);
            Append(hash, sql);
        }
        foreach (var (path, bytes) in inputs.All)
        {
            Append(hash, "data/" + path);
            Append(hash, bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => Append(hash, Encoding.UTF8.GetBytes(text));

    // Length-prefixed, so that no two different sequences of parts hash the same bytes.
    private static void Append(IncrementalHash hash, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.LongLength);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
