namespace RecoveryBot.Dialogs.Directory;

/// <summary>
/// One local service, with Open Referral HSDS-like fields (organization/service/location/phone/schedule);
/// cost is one or more of free, sliding, medicaid.
/// </summary>
public sealed record DirectoryEntry(
    string Id,
    string Name,
    string Services,
    string Address,
    string City,
    string State,
    string Zip,
    string Phone,
    string Hours,
    string[] Cost,
    bool Moud,
    string[] Languages,
    GeoPoint Location);

/// <summary>A found service and how far it is from the person's ZIP centroid.</summary>
public readonly record struct DirectoryHit(DirectoryEntry Entry, double Miles);
