namespace ChatBot.Host.Files;

/// <summary>What <see cref="SignedLinks.CheckAsync"/> found.</summary>
public enum SignedLinkCheck
{
    Valid,

    /// <summary>Missing, malformed or tampered (an edited expiry included): 403.</summary>
    Invalid,

    /// <summary>Signed by us but past its expiry: 410.</summary>
    Expired,
}
